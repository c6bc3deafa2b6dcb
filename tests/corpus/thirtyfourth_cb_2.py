"""Thirty-fourth held-out part ``cb``, cases cb015–cb028: an XLSX data message with two sheets,
a windows-1250 cover mail behind a DOCX with letterhead and footer, a PDF table whose cells wrap,
a reply to the office's request for completion, a data message whose annotation is the whole
application beside a power of attorney, an XLSX ANO/NE form with numbers typed as numbers, a
forwarded .eml whose cover replaces the contact, a data message splitting contact and addresses
between annotation and file, a nested DOCX table sent by an IT contractor, a netmask in a TXT
file, an HTML-only form with box characters, a university's RTF letter, a PDF signature block
naming several people and an iso-8859-2 mail with an ODT of role columns. Written by hand apart
from the extraction rules (see make_thirtyfourth_cb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfourth_cb_common import (
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I13, I14, I15, I16 = ico("2641587"), ico("4619302"), ico("2780346"), ico("0953128")
I17, I18, I19, I20 = ico("4718263"), ico("2516094"), ico("2837015"), ico("6093481")
I21, I22, I23, I24 = ico("2579830"), ico("4039217"), ico("7089412"), ico("2614790")
I25, I17B = ico("0264918"), ico("2720594")

CASES: list[dict[str, Any]] = [
    {
        "id": "cb015-databox-xlsx-two-sheets",
        "description": "data message with a one-line annotation; XLSX with an applicant sheet "
        "(IČO typed with spaces) and an address sheet with a type column (produkční twice)",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "TV Podještědí s.r.o.",
            I13,
            "q9fe3ua",
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.158"],
            "Jaroslav Šimek",
            "simek@tvpodjestedi.example",
            "+420606904271",
        ),
        "subject": "Volby 2025 – žádost o XML (tabulka v příloze)",
        "databox": {
            "box": "q9fe3ua",
            "sender": "TV Podještědí s.r.o.",
            "address": "Nádražní 418, 463 31 Chrastava",
        },
        "attachments": [
            (
                "xlsx",
                "zadost_XML_TVP.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "TV Podještědí s.r.o."],
                            ["IČO", f"{I13[:3]} {I13[3:5]} {I13[5:]}"],
                            ["Sídlo", "Nádražní 418, 463 31 Chrastava"],
                            ["Kontaktní osoba", "Jaroslav Šimek"],
                            ["Mobil", "+420 606 904 271"],
                            ["E-mail", "simek@tvpodjestedi.example"],
                            ["Datum", "15.09.2025"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Typ", "Adresa", "Poznámka"],
                            ["produkční", "198.51.100.150", "hlavní"],
                            ["produkční", "198.51.100.151", "záložní, Liberec"],
                            ["testovací", "198.51.100.158", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cb016-cp1250-cover-docx-letterhead-both",
        "description": "windows-1250 cover from a secretary; DOCX letter asks for both types, "
        "IČ with spaces in the header, the box ID and a bank account in the footer",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED, FILM],
            "TV Region Haná a.s.",
            I14,
            "e4pw8tn",
            ["203.0.113.30", "203.0.113.31"],
            ["203.0.113.39"],
            "Filip Tomeček",
            "tomecek@tvregionhana.example",
            "+420777402188",
        ),
        "from": "Ivana Macková <mackova@tvregionhana.example>",
        "subject": "Žádost TV Region Haná – volby 2025",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "v příloze Vám zasílám naši žádost o přístup k datům ve formátu XML a o povolení "
            "natáčení. Prosím o potvrzení přijetí.\n\n"
            "S pozdravem\n"
            "Ivana Macková\n"
            "sekretariát ředitele\n"
        ),
        "attachments": [
            (
                "docx",
                "TVRH_zadost_CSU.docx",
                {
                    "header": f"TV Region Haná a.s. | IČ: {I14[:3]} {I14[3:5]} {I14[5:]} | "
                    "tř. Svobody 12, 779 00 Olomouc",
                    "footer": "ID DS: e4pw8tn | www.tvregionhana.example | bankovní spojení "
                    "2400118321/2010",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "V Olomouci 9. 9. 2025",
                        "Věc: Žádost o přístup k výsledkům voleb a povolení natáčení",
                        "Vážení, žádáme o:",
                        "1) přístup k výsledkům voleb ve formátu XML,",
                        "2) povolení pořídit videozáznam ve sběrném místě ČSÚ v Olomouci.",
                        "Produkční servery: 203.0.113.30 a 203.0.113.31, testovací server: "
                        "203.0.113.39.",
                        "Kontaktní osoba pro obě žádosti: Filip Tomeček, šéfredaktor, "
                        "777 402 188, tomecek@tvregionhana.example",
                        "S pozdravem",
                        "Ing. Blanka Přikrylová, MBA\npředsedkyně představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "cb017-pdf-narrow-cells-wrap",
        "description": "phone cover note; PDF table with narrow columns so the role labels and "
        "the two production addresses wrap onto several lines",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Horské noviny s.r.o.",
            I15,
            None,
            ["192.0.2.40", "192.0.2.41"],
            ["192.0.2.48"],
            "Marie Šolcová",
            "solcova@horskenoviny.example",
            "+420499300712",
        ),
        "from": "Marie Šolcová <solcova@horskenoviny.example>",
        "subject": "Žádost o XML",
        "headers": IPHONE,
        "cte": "base64",
        "body": (
            "Dobrý den, posílám žádost. Omlouvám se za stručnost, píšu z telefonu.\n\n"
            "Marie Šolcová\n\nOdesláno z iPhonu\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_horske_noviny.pdf",
                [
                    f"<b>Horské noviny s.r.o.</b>, Horní 77, 543 51 Špindlerův Mlýn, IČO {I15}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Role serveru", "Adresy"],
                            [
                                "Produkční IP adresy (primární a záložní server)",
                                "192.0.2.40, 192.0.2.41",
                            ],
                            [
                                "Testovací IP adresa (vývojové prostředí, jen před volbami)",
                                "192.0.2.48",
                            ],
                        ],
                        "widths": [95, 70],
                    },
                    "Kontaktní osoba: Bc. Marie Šolcová, tel. +420 499 300 712, "
                    "solcova@horskenoviny.example",
                ],
            )
        ],
    },
    {
        "id": "cb018-reply-office-completion-pdf",
        "description": "reply to the office's request for completion (quoted Outlook-style with "
        "the office's IČO, box, phone and case number); the completed PDF form is attached",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Kladenský týden s.r.o.",
            I16,
            None,
            ["198.51.100.95"],
            ["198.51.100.96"],
            "Robert Hanák",
            "hanak@kladenskytyden.example",
            "+420312245870",
        ),
        "from": "Robert Hanák <hanak@kladenskytyden.example>",
        "subject": "RE: Žádost o doplnění – č. j. CSU-018512/2025",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám doplněnou žádost i s IČO a testovací adresou. Produkční "
            "adresa zůstává 198.51.100.95.\n\n"
            "S pozdravem\n"
            "Robert Hanák\n\n"
            "-----Original Message-----\n"
            "From: podatelna@czso.cz\n"
            "Sent: Monday, September 15, 2025 10:12 AM\n"
            "To: hanak@kladenskytyden.example\n"
            "Subject: Žádost o doplnění – č. j. CSU-018512/2025\n\n"
            "Vážený pane Hanáku,\n"
            "Vaše žádost neobsahuje IČO žadatele ani testovací IP adresu. Prosíme o doplnění "
            "do 5 pracovních dnů.\n\n"
            "Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
            "IČO 00025593, ID datové schránky 2gfaasy\n"
            "tel. 274 052 733\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_doplnena.pdf",
                [
                    f"Kladenský týden s.r.o., Hřebečská 2630, 272 01 Kladno, IČO {I16}",
                    "Doplněná žádost o přístup k výsledkům voleb (k č. j. CSU-018512/2025)",
                    {
                        "rows": [
                            ["produkční IP", "198.51.100.95"],
                            ["testovací IP", "198.51.100.96"],
                            ["kontakt", "Robert Hanák, 312 245 870, hanak@kladenskytyden.example"],
                        ],
                        "widths": [100, 300],
                    },
                ],
            )
        ],
    },
    {
        "id": "cb019-databox-annotation-ipv6-first",
        "description": "the annotation is the application (IPv6 production address first, no "
        "test address, 00420 phone); the file is a power of attorney naming the director",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Zprávy z Podřipska z.ú.",
            I17B,
            "w2kd5hy",
            ["2001:db8:77::10", "203.0.113.170"],
            [],
            "Jakub Novotný",
            "novotny@podripskezpravy.example",
            "+420731006552",
        ),
        "subject": "Žádáme o přístup k XML výsledkům. Produkční: 2001:db8:77::10 a "
        "203.0.113.170, test nemáme. Kontakt Jakub Novotný, 00420 731 006 552, "
        "novotny@podripskezpravy.example. Plná moc v příloze.",
        "databox": {
            "box": "w2kd5hy",
            "sender": "Zprávy z Podřipska z.ú.",
            "address": "Palackého 60, 413 01 Roudnice nad Labem",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Novotny.pdf",
                [
                    "<b>PLNÁ MOC</b>",
                    f"Zprávy z Podřipska z.ú., IČO {I17B}, zastoupený ředitelkou Mgr. Annou "
                    "Pilařovou (tel. 416 830 114), tímto zmocňuje pana Jakuba Novotného, nar. "
                    "17. 2. 1991, aby jejím jménem podal žádost o přístup k výsledkům voleb.",
                    "V Roudnici nad Labem 5. 9. 2025",
                    "Mgr. Anna Pilařová, ředitelka",
                ],
            )
        ],
    },
    {
        "id": "cb020-xlsx-ano-ne-both-numbers",
        "description": "XLSX form with ANO/NE columns both ticked x, the IČO and phone stored as "
        "numbers; the cover mail names the two requests",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Obzor Media s.r.o.",
            I17,
            None,
            ["192.0.2.222"],
            ["192.0.2.223"],
            "Michaela Horáková",
            "horakova@obzormedia.example",
            "+420494622310",
        ),
        "from": "Michaela Horáková <horakova@obzormedia.example>",
        "subject": "žádost XML + natáčení, Obzor Media",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n"
            "v příloze vyplněná tabulka (žádáme o XML i o natáčení ve sběrném místě).\n"
            "S pozdravem\nM. Horáková, Obzor Media s.r.o.\n"
        ),
        "attachments": [
            (
                "xlsx",
                "formular_obzor.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Požadavek", "ANO", "NE"],
                            ["Přístup k výsledkům voleb (XML)", "x", ""],
                            ["Povolení natáčet ve sběrném místě", "x", ""],
                            [],
                            ["Produkční IP", "192.0.2.222"],
                            ["Testovací IP", "192.0.2.223"],
                            [],
                            ["Žadatel", "Obzor Media s.r.o."],
                            ["IČO", int(I17)],
                            ["Kontaktní osoba", "Michaela Horáková"],
                            ["Telefon", 494622310],
                            ["E-mail", "horakova@obzormedia.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "cb021-forwarded-eml-contact-replaced",
        "description": "the cover mail resends the original application as an attached .eml "
        "and replaces its contact person; the addresses come from the attached original",
        "style": Style.FORWARDED_EML,
        "labels": L(
            [FEED],
            "Jesenický zpravodaj, s.r.o.",
            I18,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Lenka Vrbová",
            "vrbova@jesenickyzpravodaj.example",
            "+420605443219",
        ),
        "from": "Lenka Vrbová <vrbova@jesenickyzpravodaj.example>",
        "subject": "Fw: Žádost o přístup k XML – změna kontaktu",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "posílám znovu naši žádost z 1. 9. (v příloze), protože se změnila kontaktní "
            "osoba. Pan Petr Kolář u nás od září nepracuje, kontaktní osobou jsem nyní já: "
            "Lenka Vrbová, tel. 605 443 219. IP adresy zůstávají stejné.\n\n"
            "Děkuji\nLenka Vrbová\nJesenický zpravodaj\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o pristup k XML.eml",
                {
                    "id": "cb021-inner",
                    "from": "Petr Kolář <kolar@jesenickyzpravodaj.example>",
                    "to": "podatelna@czso.cz",
                    "subject": "Žádost o přístup k XML",
                    "headers": OUTLOOK,
                    "body": (
                        "Dobrý den,\n\n"
                        f"Jesenický zpravodaj, s.r.o., IČO {I18}, žádá o přístup k výsledkům "
                        "voleb ve formátu XML.\n\n"
                        "Produkční IP: 203.0.113.240\n"
                        "Testovací IP: 203.0.113.241\n\n"
                        "Kontakt: Petr Kolář, 584 401 118, kolar@jesenickyzpravodaj.example\n\n"
                        "S pozdravem\nPetr Kolář\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "cb022-databox-contact-in-annotation-ips-in-rtf",
        "description": "data message: the annotation asks for both types and names the contact; "
        "the RTF gives the addresses (hlavní (prod.)/testovací) and an IT person's phone",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "Českolipská televize s.r.o.",
            I19,
            "f8ms2zq",
            ["198.51.100.33"],
            ["198.51.100.34"],
            "Adéla Koubková",
            "koubkova@ceskolipskatv.example",
            "+420736201884",
        ),
        "subject": "Žádost o XML a natáčení. Kontaktní osoba: Mgr. Adéla Koubková, "
        "736 201 884, koubkova@ceskolipskatv.example. Technické údaje (IP adresy) v příloze.",
        "databox": {
            "box": "f8ms2zq",
            "sender": "Českolipská televize s.r.o.",
            "address": "Sokolská 268, 470 01 Česká Lípa",
        },
        "attachments": [
            (
                "rtf",
                "technicke_udaje.rtf",
                [
                    f"Českolipská televize s.r.o., IČO {I19}",
                    "Technické údaje k žádosti o přístup k výsledkům voleb",
                    [
                        ["Server", "IP adresa"],
                        ["hlavní (prod.)", "198.51.100.33"],
                        ["testovací", "198.51.100.34"],
                    ],
                    "Natáčení: sběrné místo ČSÚ Česká Lípa, kameraman Milan Dušek.",
                    "Za IT: Roman Pecka, 487 110 224",
                ],
            )
        ],
    },
    {
        "id": "cb023-contractor-docx-nested-table",
        "description": "an IT contractor sends the client's DOCX whose address cell holds a "
        "nested role table; he says the contact is the client's editor, not himself",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Východočeský týdeník s.r.o.",
            I20,
            None,
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.59"],
            "Jitka Machová",
            "machova@vychodoceskytydenik.example",
            "+420466530912",
        ),
        "from": "Tomáš Bureš <bures@webstudio-bures.example>",
        "subject": "Žádost klienta – Východočeský týdeník",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "jménem našeho klienta Východočeský týdeník s.r.o. posílám jeho žádost o přístup "
            "k XML (DOCX v příloze). Technické dotazy můžete směřovat i na mě, kontaktní "
            "osobou je ale paní Machová z redakce.\n\n"
            "Tomáš Bureš\nWebStudio Bureš | 603 118 447 | webstudio-bures.example\n"
        ),
        "attachments": [
            (
                "docx",
                "VT_zadost_XML.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Žadatel", "Východočeský týdeník s.r.o."],
                                ["IČO", I20],
                                ["IP adresy", ""],
                                [
                                    "Kontakt",
                                    "Jitka Machová, 466 530 912, "
                                    "machova@vychodoceskytydenik.example",
                                ],
                            ],
                            "nested": {
                                (2, 1): {
                                    "rows": [
                                        ["produkce", "203.0.113.50"],
                                        ["produkce", "203.0.113.51"],
                                        ["test", "203.0.113.59"],
                                    ]
                                }
                            },
                        },
                        "V Pardubicích 16. 9. 2025",
                    ]
                },
            )
        ],
    },
    {
        "id": "cb024-txt-netmask-test-from-production",
        "description": "TXT attachment: production address with a /30 netmask written out, "
        "testing from production, a client version number and a port",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Radio Beskydy Plus s.r.o.",
            I21,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            [],
            "Milan Onderek",
            "onderek@radiobeskydy.example",
            "+420558640127",
        ),
        "from": "Milan Onderek <onderek@radiobeskydy.example>",
        "subject": "Zadost o pristup k XML - Radio Beskydy Plus",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\nžádost posílám v příloze jako prostý text.\n\nS pozdravem\nMilan Onderek, IT\n",
        "attachments": [
            (
                "txt",
                "zadost_radio_beskydy.txt",
                "Žadatel: Radio Beskydy Plus s.r.o.\n"
                f"IČO: {I21}\n"
                "Sídlo: Palackého 133, 738 01 Frýdek-Místek\n\n"
                "Žádáme o přístup k výsledkům voleb ve formátu XML.\n\n"
                "Produkce: 198.51.100.64 maska 255.255.255.252\n"
                "Test: testujeme z produkce\n\n"
                "Stahovat bude náš klient volby-fetcher 2.4.1.7 (HTTPS, port 8443).\n\n"
                "Kontakt: Milan Onderek, tel. 558 640 127, onderek@radiobeskydy.example\n",
            )
        ],
    },
    {
        "id": "cb025-html-only-checkbox-characters-filming",
        "description": "HTML-only mail with ☐/☑ characters: the XML box unticked (they have it "
        "via an agency), filming ticked; a photographer's press card attached as PDF",
        "style": Style.HTML,
        "labels": L(
            [FILM],
            "Plzeňský kurýr, s.r.o.",
            I22,
            None,
            [],
            [],
            "Zdeňka Pokorná",
            "pokorna@plzenskykuryr.example",
            "+420377910245",
        ),
        "from": "Zdeňka Pokorná <pokorna@plzenskykuryr.example>",
        "subject": "Žádost – volby 2025, Plzeňský kurýr",
        "headers": OWA,
        "html": (
            '<html><body style="font-family:Segoe UI,sans-serif;font-size:10pt">'
            "<p>Dobrý den,</p>"
            f"<p>Plzeňský kurýr, s.r.o. (IČO {I22}) žádá:</p>"
            "<p>&#9744; Přístup k XML výsledkům (máme přes ČTK)<br>"
            "&#9745; Povolení k natáčení / fotografování ve sběrném místě ČSÚ v Plzni</p>"
            "<p>Fotografovat bude Jan Hájek, jeho novinářský průkaz přikládám.</p>"
            "<p>Kontakt: Zdeňka Pokorná, vedoucí fotooddělení, tel. 377 910 245</p>"
            "<p>S pozdravem<br>Zdeňka Pokorná</p>"
            "</body></html>"
        ),
        "attachments": [
            (
                "pdf",
                "prukaz_Hajek.pdf",
                [
                    "<b>NOVINÁŘSKÝ PRŮKAZ</b>",
                    "č. 2025/0412",
                    "Jan Hájek, fotograf",
                    "Plzeňský kurýr, s.r.o., Americká 41, 301 00 Plzeň",
                    "platnost do 31. 12. 2026",
                ],
            )
        ],
    },
    {
        "id": "cb026-databox-university-rtf",
        "description": "a university department's data message with a bare annotation; the RTF "
        "letter names the faculty and the university's IČO, the head of department signs",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Labská univerzita",
            I23,
            "u5ga2cm",
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Ondřej Sýkora",
            "sykora@ff.labskauni.example",
            "+420475283911",
        ),
        "subject": "Žádost – volby do PS 2025 (studentská redakce)",
        "databox": {
            "box": "u5ga2cm",
            "sender": "Labská univerzita",
            "address": "Pasteurova 3544/1, 400 96 Ústí nad Labem",
            "type": 10,
        },
        "attachments": [
            (
                "rtf",
                "zadost_KMS_FF.rtf",
                [
                    "Labská univerzita\nFilozofická fakulta – Katedra mediálních studií\n"
                    "Pasteurova 13, 400 96 Ústí nad Labem",
                    f"IČO univerzity: {I23}",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Studentská redakce katedry bude ve volební noci zpracovávat průběžné "
                    "výsledky. Žádáme proto o přístup k serveru s daty XML; produkční adresa "
                    "192.0.2.90, testovací 192.0.2.91.",
                    "Kontaktní osoba: PhDr. Ondřej Sýkora, Ph.D., vedoucí katedry, "
                    "475 283 911, sykora@ff.labskauni.example",
                    "PhDr. Ondřej Sýkora, Ph.D.",
                ],
            )
        ],
    },
    {
        "id": "cb027-pdf-signature-block-technical-contact",
        "description": "a secretary's cover mail; the PDF letter is signed by the editor-in-chief "
        "and lists the IT administrator as the technical contact (phone with dashes)",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED],
            "Mladoboleslavský hlas a.s.",
            I24,
            None,
            ["203.0.113.100"],
            ["203.0.113.101"],
            "Viktor Kadlec",
            "kadlec@mbhlas.example",
            "+420776512093",
        ),
        "from": "Sekretariát MB hlas <sekretariat@mbhlas.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\nna pokyn pana šéfredaktora zasíláme v příloze žádost.\n\n"
            "Sekretariát redakce\nMladoboleslavský hlas a.s.\n326 700 100\n"
        ),
        "attachments": [
            (
                "pdf",
                "MBH_zadost_volby.pdf",
                [
                    f"<b>Mladoboleslavský hlas a.s.</b> | Jičínská 1120, 293 01 Mladá Boleslav"
                    f" | IČO {I24}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o přístup k XML výsledkům. Produkční IP adresa našeho serveru je "
                    "203.0.113.100, testovací 203.0.113.101.",
                    "Technickým kontaktem pro tuto žádost je náš správce systémů Viktor "
                    "Kadlec (kadlec@mbhlas.example, 776-512-093).",
                    "S pozdravem",
                    {
                        "rows": [
                            ["Mgr. Libor Šrámek", "Viktor Kadlec"],
                            ["šéfredaktor", "správce IT"],
                            ["tel. 326 700 111", "tel. 776-512-093"],
                        ],
                        "widths": [200, 200],
                    },
                ],
            )
        ],
    },
    {
        "id": "cb028-iso-8859-2-odt-role-columns",
        "description": "iso-8859-2 cover mail; ODT table with produkční/testovací as column "
        "headers (two production rows, one test), mobile and newsroom lines in the signature",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Tachovské listy, z. s.",
            I25,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.190"],
            "Karel Šindelář",
            "sindelar@tachovskelisty.example",
            "+420721330948",
        ),
        "from": "Karel Šindelář <sindelar@tachovskelisty.example>",
        "subject": "Žádost o XML – Tachovské listy",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost spolku Tachovské listy o přístup k výsledkům voleb (ODT v "
            "příloze). Kontaktní osobou jsem já.\n\n"
            "Karel Šindelář\n"
            "mob. 721 330 948, redakce 374 722 561\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_tachovske_listy.odt",
                [
                    f"Tachovské listy, z. s., Hornická 1695, 347 01 Tachov, IČO {I25}",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML z těchto adres:",
                    [
                        ["produkční", "testovací"],
                        ["198.51.100.180", "198.51.100.190"],
                        ["198.51.100.181", ""],
                    ],
                    "Karel Šindelář, předseda spolku",
                ],
            )
        ],
    },
]
