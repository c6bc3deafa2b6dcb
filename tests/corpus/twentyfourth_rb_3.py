"""Twentyfourth held-out part ``rb``, cases rb029–rb042: data messages with the application in
the annotation only (also in English), in the file only or in both (one superseding an earlier
message), ANO/NE columns, a cover mail withdrawing a request ticked in the attached form, an
S/MIME-signed letter, merged role cells in XLSX, the office's own reply attached as .eml,
an iso-8859-2 mail with a TXT form, a German checkbox form, and a data-box ID in a mail
signature. Written by hand apart from the extraction rules (see make_twentyfourth_rb); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfourth_rb_common import (
    APPLE,
    EMPTY,
    FEED,
    FILM,
    K9,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    TICK,
    L,
    Style,
    ico,
)

I30, I31, I32, I33 = ico("0731846"), ico("2956318"), ico("2649783"), ico("0489127")
I34, I35, I36, I38 = ico("2768405"), ico("0315649"), ico("0871354"), ico("2590416")
I39, I40, I41, I42 = ico("0146738"), ico("2451983"), ico("0632057"), ico("1937468")

CASES: list[dict[str, Any]] = [
    {
        "id": "rb029-databox-annotation-only-film",
        "description": "data message from a small municipality with no file: filming asked "
        "for in the annotation, the XML data explicitly not",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FILM],
            "Městys Kamenný Újezdec",
            None,
            "k5pd2wy",
            [],
            [],
            "Jana Fořtová",
            None,
            "+420602118940",
        ),
        "subject": (
            "Městys Kamenný Újezdec žádá o povolení natáčet pro obecní zpravodaj na "
            "sběrném místě ČSÚ v Č. Budějovicích v noci 3./4. 10. O data XML nežádáme. "
            "Kontakt: Jana Fořtová, 602 118 940"
        ),
        "databox": {
            "box": "k5pd2wy",
            "sender": "Městys Kamenný Újezdec",
            "address": "Náves 12, 373 81 Kamenný Újezdec",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "povereni.odt",
                [
                    "Městys Kamenný Újezdec, Náves 12, 373 81 Kamenný Újezdec",
                    "POVĚŘENÍ",
                    "Starosta městyse pověřuje paní Janu Fořtovou, redaktorku Újezdeckého "
                    "zpravodaje, jednáním s Českým statistickým úřadem ve věci pořízení "
                    "záznamu na sběrném místě.",
                    "V Kamenném Újezdci 16. 9. 2025\nMgr. Zbyněk Líbal, starosta",
                ],
            )
        ],
    },
    {
        "id": "rb030-owa-docx-ano-ne-columns",
        "description": "DOCX table with separate ANO and NE columns marked with X; both "
        "requests in the ANO column",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Slovácký týden s.r.o.",
            I30,
            None,
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.250"],
            "Roman Hrabal",
            "hrabal@slovackytyden.example",
            "+420572530881",
        ),
        "from": "Roman Hrabal <hrabal@slovackytyden.example>",
        "subject": "formulář žádosti – Slovácký týden",
        "headers": OWA,
        "body": "Dobrý den,\nv příloze formulář.\nR. Hrabal\n",
        "attachments": [
            (
                "docx",
                "formular_ST.docx",
                {
                    "header": "Slovácký týden s.r.o. – redakce",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb / o povolení natáčení",
                        {
                            "rows": [
                                ["Požadavek", "ANO", "NE"],
                                ["Přístup k výsledkům voleb ve formátu XML", "X", ""],
                                ["Povolení natáčet na sběrném místě (Uherské Hradiště)", "X", ""],
                            ]
                        },
                        {
                            "rows": [
                                ["Žadatel", "Slovácký týden s.r.o., IČO " + I30],
                                ["IP – produkce", "203.0.113.240; 203.0.113.241"],
                                ["IP – test", "203.0.113.250"],
                                ["Kontakt", "Roman Hrabal, 572 530 881"],
                                ["E-mail", "hrabal@slovackytyden.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "rb031-cover-withdraws-ticked-filming",
        "description": "the attached PDF form ticks both requests, the cover mail withdraws "
        "the filming request",
        "style": Style.AMENDING_NOTE,
        "labels": L(
            [FEED],
            "Pardubický večerník, s.r.o.",
            I31,
            None,
            ["192.0.2.100"],
            ["192.0.2.101"],
            "Markéta Sobotková",
            "sobotkova@pcvecernik.example",
            "+420466870322",
        ),
        "from": "Markéta Sobotková <sobotkova@pcvecernik.example>",
        "subject": "Žádost Pardubický večerník",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "posílám vyplněný formulář. Zaškrtla jsem v něm i natáčení na sběrném místě, "
            "ale to prosím neberte v úvahu – štáb nakonec ten večer nemáme, takže žádáme "
            "jen o přístup k XML.\n\n"
            "Markéta Sobotková\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_vecernik.pdf",
                [
                    "Formulář žádosti médií",
                    f"{TICK} přístup k výsledkům voleb (XML)\n"
                    f"{TICK} povolení natáčení na sběrném místě",
                    {
                        "rows": [
                            ["Žadatel", "Pardubický večerník, s.r.o."],
                            ["IČO", I31],
                            ["Produkční IP", "192.0.2.100"],
                            ["Testovací IP", "192.0.2.101"],
                            ["Kontaktní osoba", "Markéta Sobotková"],
                            ["Telefon / e-mail", "466 870 322 / sobotkova@pcvecernik.example"],
                        ],
                        "widths": [120, 260],
                    },
                ],
            )
        ],
    },
    {
        "id": "rb032-smime-signed-letter-spaced-ico",
        "description": "S/MIME-signed mail with a PDF letter; IČO written with spaces, the "
        "data-box ID in the mail signature, production only",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED],
            "Liberecký rozhled a.s.",
            I32,
            "w6hn3fa",
            ["198.51.100.181", "198.51.100.182"],
            [],
            "Aleš Novotný",
            "novotny@lbrozhled.example",
            "+420485119037",
        ),
        "from": "Aleš Novotný <novotny@lbrozhled.example>",
        "subject": "Žádost o přístup k datům voleb – Liberecký rozhled a.s.",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost o přístup k výsledkům voleb, zpráva je "
            "elektronicky podepsána.\n\n"
            "S pozdravem\n\nAleš Novotný\nředitel IT\nLiberecký rozhled a.s.\n"
            f"IČ: {I32[:2]} {I32[2:4]} {I32[4:6]} {I32[6:]}\nID DS: w6hn3fa\n"
            "tel.: +420 485 119 037\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_LR_podepsano.pdf",
                [
                    f"LIBERECKÝ ROZHLED a.s. · Moskevská 28, 460 01 Liberec · IČ: "
                    f"{I32[:2]} {I32[2:4]} {I32[4:6]} {I32[6:]}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o přístup z produkčních adres 198.51.100.181 a 198.51.100.182. "
                    "Testovací prostředí nepoužíváme.",
                    "Kontaktní osoba: Aleš Novotný, ředitel IT, +420 485 119 037, "
                    "novotny@lbrozhled.example",
                    "V Liberci dne 22. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "rb033-databox-xlsx-merged-role-cells",
        "description": "data message with only an XLSX whose role column uses merged cells "
        "spanning several address rows",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Info Vysočina, z.ú.",
            I33,
            "i9cz5tm",
            ["203.0.113.60", "203.0.113.61", "203.0.113.62"],
            ["203.0.113.66", "203.0.113.67"],
            "Hynek Brož",
            "broz@infovysocina.example",
            "+420568221743",
        ),
        "subject": "Přístup k výsledkům voleb – Info Vysočina",
        "databox": {
            "box": "i9cz5tm",
            "sender": "Info Vysočina, z.ú.",
            "address": "Zámecká 4, 674 01 Třebíč",
            "type": 20,
        },
        "attachments": [
            (
                "xlsx",
                "info_vysocina_ip.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Role", "IP adresa", "Hostname"],
                            ["Produkce", "203.0.113.60", "web1"],
                            [None, "203.0.113.61", "web2"],
                            [None, "203.0.113.62", "api"],
                            ["Test", "203.0.113.66", "stage1"],
                            [None, "203.0.113.67", "stage2"],
                        ],
                        "merge": ["A2:A4", "A5:A6"],
                    },
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Info Vysočina, z.ú."],
                            ["IČO", I33],
                            ["Kontaktní osoba", "Hynek Brož"],
                            ["Telefon", "568 221 743"],
                            ["E-mail", "broz@infovysocina.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "rb034-office-reply-attached-as-eml",
        "description": "the applicant supplements its application; the office's request for "
        "completion is attached as .eml and quotes the applicant's original production "
        "address, which the new text keeps",
        "style": Style.FORWARDED_EML,
        "labels": L(
            [FEED],
            "Brněnský metropolitan s.r.o.",
            I34,
            None,
            ["203.0.113.180"],
            ["203.0.113.181"],
            "Tereza Pavlíková",
            "pavlikova@metropolitan.example",
            "+420549228170",
        ),
        "from": "Tereza Pavlíková <pavlikova@metropolitan.example>",
        "subject": "Doplnění žádosti o přístup k XML",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "na základě Vaší výzvy (v příloze) doplňuji chybějící údaje k naší žádosti:\n\n"
            f"IČO: {I34}\n"
            "testovací IP: 203.0.113.181\n\n"
            "Produkční adresa zůstává ta z původní žádosti (203.0.113.180), kontakt také – "
            "já, tel. 549 228 170.\n\n"
            "Děkuji, Tereza Pavlíková\nBrněnský metropolitan s.r.o.\n"
        ),
        "attachments": [
            (
                "eml",
                "Výzva k doplnění.eml",
                {
                    "id": "rb034-inner",
                    "from": "Český statistický úřad <podatelna@czso.cz>",
                    "to": "pavlikova@metropolitan.example",
                    "subject": "Re: Žádost o přístup k XML",
                    "body": (
                        "Dobrý den,\n\nVaše žádost neobsahuje IČO žadatele a neuvádí, zda "
                        "požadujete testovací přístup. Prosíme o doplnění.\n\n"
                        "S pozdravem\npodatelna ČSÚ\nČeský statistický úřad, IČO 00025593, "
                        "ID DS 2gfaasy\ntel. 274 052 733\n\n"
                        "> Dobrý den, Brněnský metropolitan s.r.o. žádá o přístup k výsledkům\n"
                        "> voleb v XML z adresy 203.0.113.180. Kontakt Tereza Pavlíková.\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "rb035-iso-8859-2-txt-ano-ne-lines",
        "description": "iso-8859-2 mail from Android with a TXT form of 'ANO/NE' lines: "
        "both ANO; switchboard and direct line",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Chebský kraj dnes s.r.o.",
            I35,
            None,
            ["192.0.2.240"],
            ["192.0.2.241"],
            "Oldřich Mráz",
            "mraz@chebdnes.example",
            "+420354777015",
        ),
        "from": "Oldřich Mráz <mraz@chebdnes.example>",
        "subject": "žádost volby - Cheb dnes",
        "headers": K9,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den, posílám žádost v příloze (txt). Oldřich Mráz\n\n--\nOdesláno z mobilu\n"
        ),
        "attachments": [
            (
                "txt",
                "zadost_cheb.txt",
                "ŽÁDOST MÉDIA – VOLBY 2025\n"
                "=========================\n"
                "Žadatel:                Chebský kraj dnes s.r.o.\n"
                f"IČO:                    {I35}\n"
                "Přístup k XML:          ANO\n"
                "Natáčení (sběrné místo): ANO\n"
                "IP produkce:            192.0.2.240\n"
                "IP test:                192.0.2.241\n"
                "Kontakt:                Oldřich Mráz\n"
                "Tel.:                   354 777 015 (přímá), ústředna 354 777 000\n"
                "E-mail:                 mraz@chebdnes.example\n",
            )
        ],
    },
    {
        "id": "rb036-databox-supersedes-earlier-message",
        "description": "data message whose annotation says it replaces an earlier message and "
        "that only the attached PDF's data apply",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Mladoboleslavský deník s.r.o.",
            I36,
            "n4fx7rg",
            ["198.51.100.20", "198.51.100.21"],
            ["198.51.100.29"],
            "Pavel Štěrba",
            "sterba@mbdenik.example",
            "+420326509441",
        ),
        "subject": "OPRAVA – nahrazuje naši zprávu č. 1184302211 ze dne 15. 9. 2025; "
        "platí údaje v přiložené žádosti",
        "databox": {
            "box": "n4fx7rg",
            "sender": "Mladoboleslavský deník s.r.o.",
            "address": "Havlíčkova 301, 293 01 Mladá Boleslav",
            "type": 20,
            "ref": "MBD-2025-044",
        },
        "attachments": [
            (
                "pdf",
                "zadost_oprava.pdf",
                [
                    f"Mladoboleslavský deník s.r.o. · IČO {I36}",
                    "Žádost o přístup k výsledkům voleb – opravené znění",
                    {
                        "rows": [
                            ["Produkční IP", "Testovací IP"],
                            ["198.51.100.20\n198.51.100.21", "198.51.100.29"],
                        ],
                        "widths": [180, 180],
                    },
                    "Kontaktní osoba: Pavel Štěrba, 326 509 441, sterba@mbdenik.example",
                ],
            )
        ],
    },
    {
        "id": "rb037-german-docx-checkbox-film-only",
        "description": "German TV, no IČO; DOCX form in German with the feed box unticked "
        "and the filming box ticked; German mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Sachsenwelle TV GmbH",
            None,
            None,
            [],
            [],
            "Jonas Krüger",
            "j.krueger@sachsenwelle.example",
            "+4917649913382",
        ),
        "from": "Jonas Krüger <j.krueger@sachsenwelle.example>",
        "subject": "Drehgenehmigung Wahlabend / filming permit election night",
        "headers": OUTLOOK,
        "body": (
            "Sehr geehrte Damen und Herren,\n\nanbei unser Antrag (DOCX). An English summary: "
            "we would like to film at your collection point in Ústí nad Labem.\n\n"
            "Mit freundlichen Grüßen\nJonas Krüger\nSachsenwelle TV GmbH, Dresden\n"
        ),
        "attachments": [
            (
                "docx",
                "Antrag_CZSO.docx",
                {
                    "header": "Sachsenwelle TV GmbH · Königsbrücker Str. 96 · 01099 Dresden",
                    "footer": "HRB 41882 Amtsgericht Dresden · USt-IdNr. DE318774025",
                    "blocks": [
                        "Antrag / Application",
                        f"{EMPTY} Zugang zu den Wahlergebnissen im XML-Format / access to XML "
                        "results",
                        f"{TICK} Drehgenehmigung an der Sammelstelle / permission to film at "
                        "the collection point",
                        {
                            "rows": [
                                ["Ansprechpartner / contact", "Jonas Krüger"],
                                ["Mobil", "+49 176 49913382"],
                                ["E-Mail", "j.krueger@sachsenwelle.example"],
                                ["Team", "2 Personen (Reporter, Kamera)"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "rb038-databox-pdf-spaced-ico-both",
        "description": "data message: annotation names both requests, the PDF letterhead "
        "writes the IČO in groups and the roles in one sentence",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "Jihočeská televize a.s.",
            I38,
            "j7te2vb",
            ["192.0.2.50", "192.0.2.51"],
            ["192.0.2.58"],
            "Kamila Šebestová",
            "sebestova@jctv.example",
            "+420387880264",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb a o povolení natáčení",
        "databox": {
            "box": "j7te2vb",
            "sender": "Jihočeská televize a.s.",
            "address": "Lannova 64, 370 01 České Budějovice",
            "type": 20,
        },
        "attachments": [
            (
                "pdf",
                "JCTV_zadost.pdf",
                [
                    "JIHOČESKÁ TELEVIZE a.s.\nLannova 64, 370 01 České Budějovice\n"
                    f"IČ {I38[:2]} {I38[2:4]} {I38[4:6]} {I38[6:]} · DS j7te2vb",
                    "Vážení,\nžádáme o přístup k výsledkům voleb ve formátu XML. Data budeme "
                    "přebírat na produkčních serverech 192.0.2.50 a 192.0.2.51, zkoušet na "
                    "testovacím 192.0.2.58. Zároveň žádáme o povolení natáčet na sběrném "
                    "místě v Českých Budějovicích.",
                    "Kontakt: Kamila Šebestová, vedoucí vysílání, 387 880 264, "
                    "sebestova@jctv.example",
                    "Ing. Radek Beneš, předseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "rb039-owa-html-cover-repeats-docx",
        "description": "HTML-only cover repeating the addresses of the attached DOCX in "
        "a short list; the sender's colleague is the contact",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Opavský posel, s.r.o.",
            I39,
            None,
            ["198.51.100.110", "198.51.100.111"],
            ["198.51.100.119"],
            "Lucie Tichá",
            "ticha@opavskyposel.example",
            "+420553401772",
        ),
        "from": "Tomáš Vlach <vlach@opavskyposel.example>",
        "subject": "Žádost – Opavský posel",
        "headers": OWA,
        "html": (
            "<div style='font-family:Aptos,sans-serif'>Dobrý den,<br><br>v příloze posílám "
            "žádost. Pro rychlost i zde:<ul><li>produkce: 198.51.100.110, 198.51.100.111</li>"
            "<li>test: 198.51.100.119</li></ul>Kontaktní osobou je kolegyně Lucie Tichá "
            "(ticha@opavskyposel.example, 553 401 772), já jsem jen odeslal.<br><br>"
            "Tomáš Vlach<br>Opavský posel</div>"
        ),
        "attachments": [
            (
                "docx",
                "zadost_posel.docx",
                {
                    "blocks": [
                        f"Opavský posel, s.r.o., Ostrožná 9, 746 01 Opava, IČO {I39}",
                        "Žádost o přístup k výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["Role", "IP"],
                                ["produkce", "198.51.100.110"],
                                ["produkce", "198.51.100.111"],
                                ["test", "198.51.100.119"],
                            ]
                        },
                        "Kontakt: Lucie Tichá, 553 401 772",
                    ]
                },
            )
        ],
    },
    {
        "id": "rb040-databox-txt-only-prod-tst",
        "description": "data message, annotation a single word; the TXT uses PROD/TST labels "
        "and a date and port number near the addresses",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Rádio Valašsko s.r.o.",
            I40,
            "y3bq8ur",
            ["203.0.113.31"],
            ["203.0.113.39"],
            "Josef Zbranek",
            "zbranek@radiovalassko.example",
            "+420571119450",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "y3bq8ur",
            "sender": "Rádio Valašsko s.r.o.",
            "address": "Palackého 80, 757 01 Valašské Meziříčí",
            "type": 20,
        },
        "attachments": [
            (
                "txt",
                "volby.txt",
                f"Rádio Valašsko s.r.o. (IČO {I40})\n"
                "žádá o přístup k XML s výsledky voleb 3.–4. 10. 2025.\n\n"
                "PROD 203.0.113.31  (HTTPS, port 443)\n"
                "TST  203.0.113.39  (do 1.10.2025)\n\n"
                "Kontakt: Josef Zbranek, 571 119 450, zbranek@radiovalassko.example\n",
            )
        ],
    },
    {
        "id": "rb041-odt-box-id-in-mail-signature",
        "description": "Seznam mail with an ODT letter asking for both; the applicant's IČO "
        "and data-box ID only in the mail's signature block",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED, FILM],
            "Karlovarský týdeník, s.r.o.",
            I41,
            "c2vk9jp",
            ["192.0.2.210"],
            ["192.0.2.219"],
            "Hana Řeháková",
            "rehakova@kvtydenik.example",
            "+420353225904",
        ),
        "from": "Hana Řeháková <rehakova@kvtydenik.example>",
        "subject": "Žádost – Karlovarský týdeník",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\nzasílám v příloze žádost.\n\n"
            "S pozdravem\n"
            "Hana Řeháková\nšéfredaktorka\n"
            "Karlovarský týdeník, s.r.o.\nT. G. Masaryka 21, 360 01 Karlovy Vary\n"
            f"IČO {I41} | DIČ CZ{I41} | datová schránka: c2vk9jp\n"
            "tel. 353 225 904\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_KT.odt",
                [
                    "Karlovarský týdeník, s.r.o.",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML a o povolení "
                    "pořizovat obrazový záznam na sběrném místě v Karlových Varech.",
                    [
                        ["Produkční IP", "Testovací IP"],
                        ["192.0.2.210", "192.0.2.219"],
                    ],
                    "Kontaktní osoba: Hana Řeháková, rehakova@kvtydenik.example",
                ],
            )
        ],
    },
    {
        "id": "rb042-databox-annotation-only-english-ipv6",
        "description": "data message with no file, the application in English in the "
        "annotation; an IPv6 test address",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Newsline CZ s.r.o.",
            I42,
            "e8rn4qs",
            ["198.51.100.250"],
            ["2001:db8:1e::25"],
            "Daniel Carter",
            "d.carter@newsline.example",
            "+420770118352",
        ),
        "subject": (
            f"Newsline CZ s.r.o. (ID No. {I42}) requests XML results access. "
            "Production IP 198.51.100.250, test IP 2001:db8:1e::25. Contact Daniel Carter, "
            "+420 770 118 352, d.carter@newsline.example"
        ),
        "databox": {
            "box": "e8rn4qs",
            "sender": "Newsline CZ s.r.o.",
            "address": "Karlínské nám. 6, 186 00 Praha 8",
            "type": 20,
        },
        "attachments": [
            (
                "txt",
                "readme.txt",
                "Our request is in the annotation of this message. This file is attached only "
                "because the data box system requires an attachment.\n",
            )
        ],
    },
]
