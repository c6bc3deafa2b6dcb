"""Fortieth held-out part ``aq``, cases aq029–aq042: a freelancer's data message with IPv6 in
the annotation and a trade-register extract, a PDF letter with two signatories and a named IT
contact, an XLSX with an old year's sheet, a DOCX form in a data message with the XML box left
empty, an iso-8859-2 mail with a TXT of abbreviations, a German PDF form, an annotation that
corrects the attached PDF, an S/MIME-signed mail with a PDF, a data message answering the
office's call (its reference and box quoted), an Outlook HTML table with row headers naming a
colleague, an XLSX ANO/NE form in a data message, a forward whose cover replaces the contact, a
municipality's TXT and a Slovak branch's RTF. Written by hand apart from the extraction rules
(see make_fortieth_aq); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortieth_aq_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    OWA,
    SEZNAM,
    L,
    Style,
    ico,
)

C29, C30, C31, C32 = ico("7310294"), ico("2584316"), ico("2907163"), ico("2631058")
C33, C35, C36, C37 = ico("0482917"), ico("2739541"), ico("0481273"), ico("2546138")
C38, C39, C40 = ico("2875620"), ico("2812094"), ico("2688140")
C41, C42 = ico("0027419"), ico("0721635")

CASES: list[dict[str, Any]] = [
    {
        "id": "aq029-databox-freelancer-ipv6-annotation",
        "description": "a natural person's data message: IPv6 production and test in the "
        "annotation, the file is a trade-register extract with the IČO",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Marek Dušek",
            C29,
            "md2v8kq",
            ["2001:db8:c0a::15"],
            ["2001:db8:c0a::16"],
            "Marek Dušek",
            "dusek@volebnimapa.example",
            "+420732118905",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb pro web volebnimapa.example. "
            "Prod: 2001:db8:c0a::15, test: 2001:db8:c0a::16. Kontakt Marek Dušek, "
            "+420 732 118 905, dusek@volebnimapa.example"
        ),
        "databox": {
            "box": "md2v8kq",
            "sender": "Marek Dušek",
            "address": "Komenského 402, 537 01 Chrudim",
            "type": 30,
        },
        "attachments": [
            (
                "pdf",
                "vypis_ZR_Dusek.pdf",
                [
                    "VÝPIS Z ŽIVNOSTENSKÉHO REJSTŘÍKU",
                    {
                        "rows": [
                            ["Jméno a příjmení:", "Marek Dušek"],
                            ["Identifikační číslo osoby:", C29],
                            ["Místo podnikání:", "Komenského 402, 537 01 Chrudim"],
                            ["Předmět podnikání:", "Vydavatelské činnosti, polygrafická výroba"],
                            ["Vznik oprávnění:", "14. 3. 2019"],
                        ],
                        "widths": [160, 280],
                    },
                    "Výpis vydal Městský úřad Chrudim, živnostenský odbor, dne 2. 9. 2025, "
                    "č. j. ŽO/8841/2025.",
                ],
            )
        ],
    },
    {
        "id": "aq030-pdf-two-signatories-it-contact",
        "description": "an assistant sends the PDF; the letter is signed by two board members "
        "and names the head of IT as the contact; production plus a backup address",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Český západ Media a.s.",
            C30,
            None,
            ["203.0.113.71", "203.0.113.72", "203.0.113.73"],
            ["203.0.113.79"],
            "Luboš Machala",
            "machala@ceskyzapad.example",
            "+420373190455",
        ),
        "from": "Kateřina Bednářová <bednarova@ceskyzapad.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Český západ Media a.s.",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\nv příloze posíláme podepsanou žádost o přístup k výsledkům voleb.\n\n"
            "Za redakci\nKateřina Bednářová\nasistentka představenstva\n"
            "Český západ Media a.s. | tel. 373 190 400\n"
        ),
        "attachments": [
            (
                "pdf",
                "CZM_zadost_CSU_2025.pdf",
                [
                    f"Český západ Media a.s.\nKlatovská 88, 301 00 Plzeň\nIČO {C30}",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o přístup pro naše produkční servery 203.0.113.71 a 203.0.113.72 "
                    "a záložní server 203.0.113.73. Testovat budeme z adresy 203.0.113.79.",
                    "Kontaktní osobou pro tuto žádost je vedoucí IT Luboš Machala "
                    "(machala@ceskyzapad.example, +420 373 190 455).",
                    "V Plzni 9. 9. 2025",
                    {
                        "rows": [
                            [
                                "Ing. Miroslav Dvořák\npředseda představenstva",
                                "Bc. Hana Pokorná\nčlenka představenstva",
                            ]
                        ],
                        "widths": [200, 200],
                    },
                ],
            )
        ],
    },
    {
        "id": "aq031-gmail-xlsx-old-year-sheet",
        "description": "chatty Gmail mail, XLSX with a '2021 (neplatné)' sheet of old "
        "addresses kept for comparison and a '2025' sheet with the current ones",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Plzeňský kurýr s.r.o.",
            C31,
            None,
            ["192.0.2.115", "192.0.2.116"],
            ["192.0.2.117"],
            "Martin Kolman",
            "kolman@plzenskykuryr.example",
            "+420731225604",
        ),
        "from": "Martin Kolman <kolman@plzenskykuryr.example>",
        "subject": "IP adresy pro volby – Plzeňský kurýr",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nposílám tabulku s IP adresami jako při minulých volbách, jen s "
            "novými adresami – platí list „2025“. List 2021 jsem tam nechal jen pro "
            "srovnání, ty adresy už nepoužíváme.\n\nŽádáme tedy o přístup k XML "
            "výsledkům, firma Plzeňský kurýr s.r.o., IČO "
            f"{C31}.\n\nMartin Kolman\ntel 731 225 604\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_volby.xlsx",
                [
                    {
                        "title": "2021 (neplatné)",
                        "rows": [
                            ["Produkce", "192.0.2.15"],
                            ["Test", "192.0.2.16"],
                        ],
                    },
                    {
                        "title": "2025",
                        "rows": [
                            ["Produkce", "192.0.2.115"],
                            ["Produkce", "192.0.2.116"],
                            ["Test", "192.0.2.117"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "aq032-databox-docx-form-xml-box-empty",
        "description": "data message with a DOCX form: the XML box ☐ unticked and its address "
        "fields left blank, the recording box ☒ ticked",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Rádio Šumava Klatovy s.r.o.",
            C32,
            "rs4k8mb",
            [],
            [],
            "Vladimír Hes",
            "hes@radiosumava.example",
            "+420376310845",
        ),
        "subject": "Žádost o povolení pořizovat záznam – formulář",
        "databox": {
            "box": "rs4k8mb",
            "sender": "Rádio Šumava Klatovy s.r.o.",
            "address": "Plánická 174, 339 01 Klatovy",
        },
        "attachments": [
            (
                "docx",
                "formular_RSK.docx",
                {
                    "header": "Formulář žádosti – volby 2025",
                    "blocks": [
                        f"Žadatel: Rádio Šumava Klatovy s.r.o.    IČO: {C32}",
                        "☐ Přístup k výsledkům voleb ve formátu XML",
                        "    Produkční IP adresy: ______________",
                        "    Testovací IP adresy: ______________",
                        "☒ Povolení k pořizování zvukového záznamu na sběrném místě",
                        "    Místo a čas: sběrné místo Klatovy, 3. 10. 2025 od 22:00",
                        "Kontaktní osoba: Vladimír Hes   Telefon: 376 310 845   "
                        "E-mail: hes@radiosumava.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "aq033-iso88592-txt-abbreviations-gateway",
        "description": "iso-8859-2 Seznam mail with a TXT listing prod./test. abbreviations, "
        "a backup marked záloha and a gateway address given only for information; phone "
        "with dashes",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Polabský občasník s.r.o.",
            C33,
            None,
            ["198.51.100.61", "198.51.100.62"],
            ["198.51.100.63"],
            "Bohumil Lacina",
            "lacina@polabskyobcasnik.example",
            "+420325512906",
        ),
        "from": "Bohumil Lacina <lacina@polabskyobcasnik.example>",
        "subject": "Žádost o přístup – Polabský občasník",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\nžádost je v příloze jako text, Word nemám.\n\nHezký den\n"
            "Bohumil Lacina\n"
        ),
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Polabský občasník s.r.o., IČO "
                f"{C33}\nŽádáme o přístup k výsledkům voleb (XML).\n\n"
                "prod. 198.51.100.61\n"
                "prod. 198.51.100.62 (záloha)\n"
                "test. 198.51.100.63\n\n"
                "(naše brána 198.51.100.1 – jen pro informaci, není to adresa pro přístup)\n\n"
                "Kontakt: Bohumil Lacina, +420-325-512-906, lacina@polabskyobcasnik.example\n",
            )
        ],
    },
    {
        "id": "aq034-german-broadcaster-pdf-form",
        "description": "German broadcaster, English cover, German PDF form with both boxes "
        "ticked; register and VAT numbers that are no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Ostbayern Rundfunk GmbH",
            None,
            None,
            ["198.51.100.240"],
            ["198.51.100.241"],
            "Stefan Huber",
            "huber@ostbayern-rundfunk.example",
            "+499415523190",
        ),
        "from": "Stefan Huber <huber@ostbayern-rundfunk.example>",
        "subject": "Application: election results feed and filming permit",
        "headers": OUTLOOK,
        "body": (
            "Dear colleagues,\n\nattached is our completed application form (German, we hope "
            "that is fine). We would like both the XML feed and a permit to film at the "
            "collection point in Plzeň.\n\nKind regards\nStefan Huber\nOstbayern Rundfunk "
            "GmbH, Regensburg\n"
        ),
        "attachments": [
            (
                "pdf",
                "Antrag_OBR.pdf",
                [
                    "Antrag – Parlamentswahl Tschechien 2025",
                    "Antragsteller: Ostbayern Rundfunk GmbH\nDomplatz 5, 93047 Regensburg\n"
                    "Amtsgericht Regensburg HRB 14432, USt-IdNr. DE 271 448 392",
                    "☒ Zugang zu den Wahlergebnissen (XML)\n"
                    "☒ Drehgenehmigung (Sammelstelle Plzeň, 3.–4. 10. 2025)",
                    {
                        "rows": [
                            ["Umgebung", "IP-Adresse"],
                            ["Produktion", "198.51.100.240"],
                            ["Test", "198.51.100.241"],
                        ],
                        "widths": [150, 150],
                    },
                    "Ansprechpartner: Stefan Huber, Tel. +49 941 5523 190, "
                    "huber@ostbayern-rundfunk.example",
                ],
            )
        ],
    },
    {
        "id": "aq035-databox-annotation-corrects-pdf-address",
        "description": "data message: the annotation replaces one production address of the "
        "attached PDF, everything else from the PDF",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Jihomoravské zprávy, s.r.o.",
            C35,
            "jz6c3ua",
            ["203.0.113.45", "203.0.113.42"],
            ["203.0.113.49"],
            "Richard Kadlec",
            "kadlec@jmzpravy.example",
            "+420543210778",
        ),
        "subject": (
            "Žádost v příloze. Oprava: produkční adresu 203.0.113.41 uvedenou v příloze "
            "nahraďte prosím adresou 203.0.113.45, ostatní údaje platí."
        ),
        "databox": {
            "box": "jz6c3ua",
            "sender": "Jihomoravské zprávy, s.r.o.",
            "address": "Křenová 70, 602 00 Brno",
        },
        "attachments": [
            (
                "pdf",
                "JMZ_zadost.pdf",
                [
                    f"Jihomoravské zprávy, s.r.o.\nKřenová 70, 602 00 Brno\nIČO: {C35}",
                    "Žádost o přístup k výsledkům voleb (XML)",
                    {
                        "rows": [
                            ["Role", "IP adresa"],
                            ["produkční", "203.0.113.41"],
                            ["produkční", "203.0.113.42"],
                            ["testovací", "203.0.113.49"],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontakt: Richard Kadlec, 543 210 778, kadlec@jmzpravy.example",
                ],
            )
        ],
    },
    {
        "id": "aq036-smime-signed-pdf-both",
        "description": "S/MIME-signed Outlook mail; the body is a bare cover with signature, "
        "the PDF asks for both; IČO written in pairs",
        "style": Style.SIGNED,
        "labels": L(
            [FEED, FILM],
            "Vysočina Aktuálně a.s.",
            C36,
            None,
            ["192.0.2.160"],
            ["192.0.2.161"],
            "Petr Sládek",
            "sladek@vysocinaaktualne.example",
            "+420567300912",
        ),
        "from": "Ing. Petr Sládek <sladek@vysocinaaktualne.example>",
        "subject": "Žádost o přístup k XML a povolení natáčení",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost. E-mail je elektronicky podepsán.\n\n"
            "Ing. Petr Sládek\nvedoucí vývoje\nVysočina Aktuálně a.s.\nM: 567 300 912\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_VA.pdf",
                [
                    "Vysočina Aktuálně a.s.\nIČO: "
                    f"{C36[:2]} {C36[2:4]} {C36[4:6]} {C36[6:]}\nHavlíčkovo nábřeží 12, "
                    "586 01 Jihlava",
                    "Žádáme o:",
                    "a) přístup k výsledkům voleb ve formátu XML – produkce 192.0.2.160, "
                    "test 192.0.2.161,",
                    "b) povolení natáčet na sběrném místě v Jihlavě v noci z 3. na 4. 10. 2025.",
                    "Kontaktní osoba: Ing. Petr Sládek, 567 300 912, "
                    "sladek@vysocinaaktualne.example",
                ],
            )
        ],
    },
    {
        "id": "aq037-databox-answer-to-office-call-film",
        "description": "data message answering the office's call: the PDF quotes the office's "
        "reference number and box, asks only for recording and declines the feed",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Rádio Jizera Sever s.r.o.",
            C37,
            "rj3s9kd",
            [],
            [],
            "Lenka Šimková",
            "simkova@radiojizera.example",
            "+420481520377",
        ),
        "subject": "K č. j. ČSÚ-1204/2025-62 – upřesněná žádost o povolení nahrávání",
        "databox": {
            "box": "rj3s9kd",
            "sender": "Rádio Jizera Sever s.r.o.",
            "address": "Husova 9, 511 01 Turnov",
        },
        "attachments": [
            (
                "pdf",
                "RJS_upresneni.pdf",
                [
                    f"Rádio Jizera Sever s.r.o. · Husova 9, 511 01 Turnov · IČO {C37} · DS rj3s9kd",
                    "Český statistický úřad (DS 2gfaasy)\nVaše č. j.: ČSÚ-1204/2025-62 ze dne "
                    "8. 9. 2025",
                    "Věc: upřesnění žádosti",
                    "K Vaší výzvě upřesňujeme, že žádáme pouze o povolení pořizovat zvukový "
                    "záznam na sběrném místě v Liberci (3. 10. 2025, 1 redaktorka). O přístup "
                    "k výsledkům ve formátu XML nežádáme, data přebíráme od tiskové agentury.",
                    "Kontakt: Lenka Šimková, moderátorka, 481 520 377, simkova@radiojizera.example",
                    "Turnov 12. 9. 2025\nJan Vodička, jednatel",
                ],
            )
        ],
    },
    {
        "id": "aq038-outlook-html-row-headers-colleague",
        "description": "Outlook HTML mail whose table has row headers; the editor-in-chief "
        "sends it and names a colleague as contact; PDF attachment is a registration "
        "certificate with other numbers",
        "style": Style.HTML_TABLE,
        "labels": L(
            [FEED],
            "Deník Přerovsko s.r.o.",
            C38,
            None,
            ["192.0.2.84"],
            ["192.0.2.85"],
            "Michaela Urbanová",
            "urbanova@prerovsko.example",
            "+420581207344",
        ),
        "from": "Josef Kratochvíl <kratochvil@prerovsko.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nžádáme o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Název: Deník Přerovsko s.r.o.\nIČO: "
            f"{C38}\nProdukční IP: 192.0.2.84\nTestovací IP: 192.0.2.85\n"
            "Kontaktní osoba: Michaela Urbanová, 581 207 344, urbanova@prerovsko.example\n\n"
            "Josef Kratochvíl\nšéfredaktor\n"
        ),
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">žádáme o přístup k výsledkům voleb ve formátu XML.</p>'
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
            "<tr><th>Název</th><td>Deník Přerovsko s.r.o.</td></tr>"
            f"<tr><th>IČO</th><td>{C38}</td></tr>"
            "<tr><th>Produkční IP</th><td>192.0.2.84</td></tr>"
            "<tr><th>Testovací IP</th><td>192.0.2.85</td></tr>"
            "<tr><th>Kontaktní osoba</th><td>Michaela Urbanová, 581 207 344, "
            '<a href="mailto:urbanova@prerovsko.example">urbanova@prerovsko.example</a>'
            "</td></tr></table>"
            '<p class="MsoNormal">Osvědčení o zápisu periodika přikládám.</p>'
            '<p class="MsoNormal">Josef Kratochvíl<br>šéfredaktor</p></div></body></html>'
        ),
        "attachments": [
            (
                "pdf",
                "osvedceni_MK.pdf",
                [
                    "MINISTERSTVO KULTURY – OSVĚDČENÍ",
                    "o zápisu periodického tisku Deník Přerovsko do evidence periodického "
                    "tisku pod evidenčním číslem MK ČR E 21347, č. j. MK 55104/2016 OMA, "
                    "ze dne 19. 7. 2016.",
                    f"Vydavatel: Deník Přerovsko s.r.o., IČO {C38}, Čechova 2, 750 02 Přerov",
                ],
            )
        ],
    },
    {
        "id": "aq039-databox-xlsx-ano-ne-both",
        "description": "data message with an XLSX: an ANO/NE column for both requests and an "
        "address sheet with Produkční/Testovací column headers",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Mladoboleslavský Metropol s.r.o.",
            C39,
            "mb5t2wq",
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.140"],
            "Hynek Rambousek",
            "rambousek@mbmetropol.example",
            "+420326704551",
        ),
        "subject": "Žádost – XML + natáčení (formulář xlsx)",
        "databox": {
            "box": "mb5t2wq",
            "sender": "Mladoboleslavský Metropol s.r.o.",
            "address": "Staroměstské nám. 16, 293 01 Mladá Boleslav",
        },
        "attachments": [
            (
                "xlsx",
                "zadost_MBM.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Mladoboleslavský Metropol s.r.o."],
                            ["IČO", C39],
                            [],
                            ["Požadavek", "ANO/NE"],
                            ["Přístup k výsledkům voleb (XML)", "ANO"],
                            ["Natáčení na sběrném místě", "ANO"],
                            [],
                            ["Kontaktní osoba", "Hynek Rambousek"],
                            ["Telefon", "326 704 551"],
                            ["E-mail", "rambousek@mbmetropol.example"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Produkční", "Testovací"],
                            ["203.0.113.130", "203.0.113.140"],
                            ["203.0.113.131", None],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "aq040-forward-eml-cover-replaces-contact",
        "description": "forward of last week's application as an attached .eml; the cover "
        "says the contact named there is on sick leave and names the sender instead",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Kroměřížský týdeník s.r.o.",
            C40,
            None,
            ["198.51.100.110"],
            ["198.51.100.111"],
            "Eva Koubková",
            "koubkova@kmtydenik.example",
            "+420739412066",
        ),
        "from": "Eva Koubková <koubkova@kmtydenik.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb – Kroměřížský týdeník",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\npřeposílám žádost, kterou jsme posílali minulý týden – s jedinou "
            "změnou: kontaktní osobou už nebude Jan Holeček (je dlouhodobě nemocný), ale já, "
            "Eva Koubková, tel. 739 412 066, koubkova@kmtydenik.example. Ostatní údaje "
            "platí.\n\nDěkuji\nEva Koubková\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o pristup.eml",
                {
                    "id": "aq040-inner",
                    "from": "Jan Holeček <holecek@kmtydenik.example>",
                    "subject": "Žádost o přístup k výsledkům voleb – Kroměřížský týdeník",
                    "body": (
                        "Dobrý den,\n\nKroměřížský týdeník s.r.o., IČO "
                        f"{C40}, žádá o přístup k výsledkům voleb ve formátu XML."
                        "\nProdukční adresa: 198.51.100.110\nTestovací adresa: 198.51.100.111\n"
                        "Kontakt: Jan Holeček, 605 118 390, holecek@kmtydenik.example\n\n"
                        "Jan Holeček\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "aq041-databox-municipality-txt",
        "description": "a town's data message (public-authority box): the annotation asks, the "
        "TXT gives the address, says there is no test address and names the web admin",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Město Lhotka nad Sázavou",
            C41,
            "lh8n4sz",
            ["192.0.2.180"],
            [],
            "Jana Pešková",
            "peskova@lhotka-ns.example",
            "+420569444120",
        ),
        "subject": (
            "Město Lhotka nad Sázavou žádá o přístup k XML výsledkům voleb pro městský web; "
            "adresa a kontakt v příloze."
        ),
        "databox": {
            "box": "lh8n4sz",
            "sender": "Město Lhotka nad Sázavou",
            "address": "Náměstí 1, 582 91 Lhotka nad Sázavou",
            "type": 10,
        },
        "attachments": [
            (
                "txt",
                "udaje_pristup.txt",
                "Město Lhotka nad Sázavou\n"
                f"IČO: {C41[:2]} {C41[2:5]} {C41[5:]}\n\n"
                "Produkční IP adresa: 192.0.2.180\n"
                "Testovací IP adresa: nemáme\n\n"
                "Kontakt: Jana Pešková, správa webu, 569 444 120, peskova@lhotka-ns.example\n"
                "(podatelna města: 569 444 100)\n",
            )
        ],
    },
    {
        "id": "aq042-databox-slovak-branch-rtf",
        "description": "a Slovak company's Czech branch sends a Slovak RTF: row headers for "
        "addresses, both requests, a Bratislava landline for the contact",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Tatra Správy, s. r. o., organizačná zložka",
            C42,
            "ts8v2nx",
            ["198.51.100.170", "198.51.100.171"],
            ["198.51.100.172"],
            "Zuzana Kováčiková",
            "kovacikova@tatraspravy.example",
            "+421254418820",
        ),
        "subject": "Žiadosť o prístup k výsledkom volieb a o povolenie nakrúcať",
        "databox": {
            "box": "ts8v2nx",
            "sender": "Tatra Správy, s. r. o., organizačná zložka",
            "address": "Vinohradská 184, 130 00 Praha 3",
        },
        "attachments": [
            (
                "rtf",
                "ziadost_TS.rtf",
                [
                    "Tatra Správy, s. r. o., organizačná zložka\nVinohradská 184, 130 00 "
                    f"Praha 3\nIČO: {C42}",
                    "Vec: Žiadosť",
                    "Žiadame o prístup k výsledkom volieb vo formáte XML a zároveň o "
                    "povolenie nakrúcať na zbernom mieste v Prahe v dňoch 3. – 4. 10. 2025.",
                    [
                        ["Produkčné IP", "198.51.100.170, 198.51.100.171"],
                        ["Testovacie IP", "198.51.100.172"],
                    ],
                    "Kontaktná osoba: Zuzana Kováčiková, tel. +421 2 5441 8820, "
                    "kovacikova@tatraspravy.example",
                    "S pozdravom\nMgr. Peter Országh, vedúci organizačnej zložky",
                ],
            )
        ],
    },
]
