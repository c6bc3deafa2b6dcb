"""Twentysixth held-out part ``tb``, cases tb029–tb042: an XLSX form as the only content of a
data message, a DOCX with a merged test cell, a PDF with ☑/☐ boxes amended by its cover mail,
an .eml forward that replaces the contact, an ODT with primary/secondary/test roles, a written
address range, an HTML ANO/NE table with X marks, a cover note that swaps the roles of its DOCX,
a freelancer's data message, a data message that withdraws the recording request of its file,
and a Polish broadcaster's English XLSX. Written by hand apart from the extraction rules (see
make_twentysixth_tb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentysixth_tb_common import (
    APPLE,
    BOTH,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    OUTLOOK_EXPRESS,
    SEZNAM,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I30, I31, I32 = ico("2915763"), ico("0584213"), ico("2703918"), ico("4675012")
I33, I34, I35, I36 = ico("2841159"), ico("0719346"), ico("6058127"), ico("2569804")
I37, I38, I39, I40 = ico("0392275"), ico("2478653"), ico("8853014"), ico("2631957")
I41 = ico("4936027")

CASES: list[dict[str, Any]] = [
    {
        "id": "tb029-databox-xlsx-only",
        "description": "data message whose annotation names only the form; every value is in "
        "the XLSX, with a merged heading row and a contact block",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Liberecký večerník s.r.o.",
            I29,
            "w2kt6mr",
            ["198.51.100.5", "198.51.100.6"],
            ["198.51.100.7"],
            "Hynek Brož",
            "broz@lbvecernik.example",
            "+420773204918",
        ),
        "subject": "Formulář – volby 2026",
        "databox": {
            "box": "w2kt6mr",
            "sender": "Liberecký večerník s.r.o.",
            "address": "Moskevská 27, 460 01 Liberec",
        },
        "attachments": [
            (
                "xlsx",
                "formular_LV.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Žádost o přístup k výsledkům voleb – XML", None],
                            ["Žadatel", "Liberecký večerník s.r.o."],
                            ["IČO", int(I29)],
                            ["Produkční IP adresy", "198.51.100.5; 198.51.100.6"],
                            ["Testovací IP adresa", "198.51.100.7"],
                            ["Kontaktní osoba", "Hynek Brož"],
                            ["Telefon", "+420 773 204 918"],
                            ["E-mail", "broz@lbvecernik.example"],
                        ],
                        "merge": ["A1:B1"],
                    }
                ],
            )
        ],
    },
    {
        "id": "tb030-docx-merged-test-cell",
        "description": "Outlook mail in windows-1250; DOCX whose role column has a merged "
        "'Testovací prostředí' cell over two rows and the IČO only in the page footer",
        "style": Style.TABLE,
        "labels": L(
            BOTH,
            "Krajské listy Vysočiny, a.s.",
            I30,
            None,
            ["192.0.2.30"],
            ["192.0.2.31", "192.0.2.32"],
            "Josef Kadlec",
            "kadlec@klvysociny.example",
            "+420569881503",
        ),
        "from": "Josef Kadlec <kadlec@klvysociny.example>",
        "subject": "Žádost o přístup k XML a o natáčení",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost o přístup k výsledkům a zároveň žádáme "
            "o možnost natočit krátkou reportáž na sběrném místě v Jihlavě.\n\n"
            "S pozdravem\nJosef Kadlec\nKrajské listy Vysočiny\nmobil 569 881 503\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_KLV.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Žadatel: Krajské listy Vysočiny, a.s.",
                        {
                            "rows": [
                                ["Prostředí", "IP adresa"],
                                ["Produkční prostředí", "192.0.2.30"],
                                ["Testovací prostředí", "192.0.2.31"],
                                ["", "192.0.2.32"],
                            ],
                            "merge": [(2, 0, 3, 0)],
                        },
                        "Kontakt: Josef Kadlec, kadlec@klvysociny.example",
                    ],
                    "footer": f"Krajské listy Vysočiny, a.s. | IČO {I30} | Jihlava",
                },
            )
        ],
    },
    {
        "id": "tb031-pdf-boxes-cover-adds-recording",
        "description": "Apple Mail cover says recording was left unticked by mistake in the "
        "PDF form and is wanted too: both types",
        "style": Style.COVER_NOTE,
        "labels": L(
            BOTH,
            "Rádio Haná s.r.o.",
            I31,
            None,
            ["203.0.113.80"],
            ["203.0.113.81"],
            "Klára Vávrová",
            "vavrova@radiohana.example",
            "+420585111947",
        ),
        "from": "Klára Vávrová <vavrova@radiohana.example>",
        "subject": "Žádost – Rádio Haná",
        "headers": APPLE,
        "flowed": True,
        "body": (
            "Dobrý den, \nposílám formulář v PDF. Kolega v něm zapomněl zaškrtnout \n"
            "natáčení – chceme i povolení k natáčení ve sběrném místě v Olomouci, \n"
            "nejen přístup k XML. \n\nDěkuji\nKlára Vávrová\nRádio Haná\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_radio_hana.pdf",
                [
                    f"Rádio Haná s.r.o. · IČO {I31} · Palackého 14, 779 00 Olomouc",
                    "☑ přístup k výsledkům ve formátu XML",
                    "☐ povolení k natáčení/pořizování záznamu",
                    {
                        "rows": [
                            ["Produkční IP", "Testovací IP"],
                            ["203.0.113.80", "203.0.113.81"],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontaktní osoba: Klára Vávrová, vavrova@radiohana.example, tel. 585 111 947",
                ],
            )
        ],
    },
    {
        "id": "tb032-databox-annotation-and-txt",
        "description": "data message: the annotation and a TXT file both give the application "
        "and agree; the TXT adds a ':8443' port after the address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Brněnský metropolitní portál, z. ú.",
            I32,
            "n8vh3sq",
            ["198.51.100.112"],
            ["198.51.100.113"],
            "Šárka Holubová",
            "holubova@bmportal.example",
            "+420543118620",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb, prod 198.51.100.112, test "
            "198.51.100.113, podrobnosti v příloze."
        ),
        "databox": {
            "box": "n8vh3sq",
            "sender": "Brněnský metropolitní portál, z. ú.",
            "address": "Kobližná 4, 602 00 Brno",
        },
        "attachments": [
            (
                "txt",
                "zadost_BMP.txt",
                "Brněnský metropolitní portál, z. ú.\n"
                f"IČO {I32}\n\n"
                "Žádáme o přístup k výsledkům voleb (XML).\n"
                "- produkce: 198.51.100.112 (stahuje proxy na portu :8443)\n"
                "- test: 198.51.100.113\n\n"
                "Kontakt: Šárka Holubová, holubova@bmportal.example, 543 118 620\n",
            )
        ],
    },
    {
        "id": "tb033-forward-eml-new-contact",
        "description": "the applicant forwards its earlier application (.eml with an RTF inside); "
        "the cover says the contact person is replaced",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Deník Podkrkonoší s.r.o.",
            I33,
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Jana Macháčková",
            "machackova@podkrkonosi.example",
            "+420731902446",
        ),
        "from": "Jana Macháčková <machackova@podkrkonosi.example>",
        "subject": "FW: Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK_EXPRESS,
        "body": (
            "Dobrý den,\n\nv příloze přeposílám žádost, kterou Vám poslal kolega Petr Vlach. "
            "Pan Vlach od nás odešel, kontaktní osobou jsem nově já: Jana Macháčková, "
            "731 902 446. Adresy platí.\n\nJ. Macháčková\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o pristup.eml",
                {
                    "id": "tb033-inner",
                    "from": "Petr Vlach <vlach@podkrkonosi.example>",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "headers": OUTLOOK,
                    "body": "Dobrý den, žádost v příloze. Petr Vlach, 608 215 930\n",
                    "attachments": [
                        (
                            "rtf",
                            "zadost.rtf",
                            [
                                f"Deník Podkrkonoší s.r.o., IČO {I33}",
                                "Produkční IP: 192.0.2.120",
                                "Testovací IP: 192.0.2.121",
                                "Kontakt: Petr Vlach, vlach@podkrkonosi.example, 608 215 930",
                            ],
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "tb034-databox-english-annotation",
        "description": "data message of a foreign outlet's Czech branch, annotation in English, "
        "PDF letter with an Austrian phone for the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Donau Medien CZ s.r.o.",
            I34,
            "t5qa7gk",
            ["203.0.113.240", "203.0.113.241"],
            [],
            "Stefan Huber",
            "huber@donaumedien.example",
            "+436641237788",
        ),
        "subject": "Request for access to election results XML – see attached letter",
        "databox": {
            "box": "t5qa7gk",
            "sender": "Donau Medien CZ s.r.o.",
            "address": "Na Příkopě 9, 110 00 Praha 1",
        },
        "attachments": [
            (
                "pdf",
                "DonauMedien_request.pdf",
                [
                    f"Donau Medien CZ s.r.o., Na Příkopě 9, Praha 1, Reg. No. (IČO) {I34}",
                    "Dear Sir or Madam,",
                    "we request access to the XML election results for our production "
                    "servers 203.0.113.240 and 203.0.113.241. We have no separate test system.",
                    "Contact: Stefan Huber, huber@donaumedien.example, +43 664 123 7788",
                    "Yours faithfully, Stefan Huber, Head of Digital",
                ],
            )
        ],
    },
    {
        "id": "tb035-zimbra-odt-primary-secondary",
        "description": "Zimbra mail, ODT table with Primární/Sekundární/Testovací roles (the "
        "secondary server is a backup, hence production)",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Sdružení obcí Orlicko",
            I35,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.155"],
            "Pavel Hejduk",
            "hejduk@orlicko.example",
            "+420494321077",
        ),
        "from": "Pavel Hejduk <hejduk@orlicko.example>",
        "subject": "žádost o přístup k XML – Orlicko",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\nSdružení obcí Orlicko provozuje regionální zpravodajský portál. "
            "Žádost v příloze (ODT).\n\nPavel Hejduk\nIT správce\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_Orlicko.odt",
                [
                    f"Sdružení obcí Orlicko, IČO {I35}, Žamberk",
                    [
                        ["Server", "IP adresa"],
                        ["Primární", "198.51.100.150"],
                        ["Sekundární (záloha)", "198.51.100.151"],
                        ["Testovací", "198.51.100.155"],
                    ],
                    "Kontaktní osoba: Pavel Hejduk, hejduk@orlicko.example, 494 321 077",
                ],
            )
        ],
    },
    {
        "id": "tb036-databox-rtf-range",
        "description": "data message, RTF letter giving production as a written range "
        "'203.0.113.20–23' (four addresses) and a date in dotted form",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Mladoboleslavský deník a.s.",
            I36,
            "a3mc8zv",
            ["203.0.113.20", "203.0.113.21", "203.0.113.22", "203.0.113.23"],
            ["203.0.113.29"],
            "Roman Dušek",
            "dusek@mbdenik.example",
            "+420326700913",
        ),
        "subject": "Žádost o zpřístupnění výsledků voleb",
        "databox": {
            "box": "a3mc8zv",
            "sender": "Mladoboleslavský deník a.s.",
            "address": "Komenského nám. 61, 293 01 Mladá Boleslav",
        },
        "attachments": [
            (
                "rtf",
                "zadost_MBD.rtf",
                [
                    f"Mladoboleslavský deník a.s., IČO {I36}",
                    "V Mladé Boleslavi dne 08.09.2026",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML.",
                    [
                        ["Produkce", "203.0.113.20–23"],
                        ["Test", "203.0.113.29"],
                    ],
                    "Kontakt: Roman Dušek, dusek@mbdenik.example, 326 700 913",
                ],
            )
        ],
    },
    {
        "id": "tb037-html-ano-ne-x-marks",
        "description": "HTML-only Gmail mail: a yes/no table with X marks (feed NE, recording "
        "ANO) — recording only",
        "style": Style.HTML,
        "labels": L(
            [FILM],
            "Studio Kvítek, z.s.",
            I37,
            None,
            [],
            [],
            "Matěj Kvítek",
            "matej@studiokvitek.example",
            "+420775230661",
        ),
        "from": "Matěj Kvítek <matej@studiokvitek.example>",
        "subject": "žádost dle formuláře",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div>vyplnil jsem formulář:</div><br>'
            "<table border='1' style='border-collapse:collapse'>"
            "<tr><td></td><td><b>ANO</b></td><td><b>NE</b></td></tr>"
            "<tr><td>přístup k XML</td><td></td><td>X</td></tr>"
            "<tr><td>natáčení ve sběrném místě</td><td>X</td><td></td></tr>"
            "</table><br>"
            f"<div>Studio Kvítek, z.s., IČO {I37}</div>"
            "<div>Kontakt: Matěj Kvítek, 775 230 661</div>"
            "<div>Natáčeli bychom dokument o volební noci (2 lidi, bez světel).</div>"
            '<br><div class="gmail_signature">Matěj Kvítek<br>studiokvitek.example</div>'
            "</div>"
        ),
        "attachments": [
            (
                "txt",
                "stab.txt",
                "Štáb: Matěj Kvítek (režie), Lucie Bendová (kamera, +420 604 877 120)\n",
            )
        ],
    },
    {
        "id": "tb038-k9-cover-swaps-roles",
        "description": "a phone note says the roles in the attached DOCX are swapped and gives "
        "the right ones",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Šumavské noviny s.r.o.",
            I38,
            None,
            ["192.0.2.11"],
            ["192.0.2.10"],
            "Vojtěch Král",
            "kral@sumavskenoviny.example",
            "+420606502388",
        ),
        "from": "Vojtěch Král <kral@sumavskenoviny.example>",
        "subject": "zadost + oprava",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "Dobry den, posilam zadost. V priloze jsem prohodil produkci a test, "
            "spravne je: .11 je produkce, .10 je test. Omlouvam se. Kral\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_SN.docx",
                {
                    "blocks": [
                        f"Šumavské noviny s.r.o., IČO {I38}, Klatovy",
                        "Produkční IP: 192.0.2.10",
                        "Testovací IP: 192.0.2.11",
                        "Kontakt: Vojtěch Král, kral@sumavskenoviny.example, 606 502 388",
                    ]
                },
            )
        ],
    },
    {
        "id": "tb039-databox-freelancer-annotation",
        "description": "data message from a self-employed journalist's box: application in the "
        "annotation, the file is a press card scan description",
        "style": Style.DATABOX,
        "labels": L(
            BOTH,
            "Ivo Šindelář – Šindelář Press",
            I39,
            "c9rj2ux",
            ["198.51.100.250"],
            [],
            "Ivo Šindelář",
            "ivo@sindelarpress.example",
            "+420724019553",
        ),
        "subject": (
            "Žádám o přístup k XML (IP 198.51.100.250, test nemám) a o povolení natáčet na "
            "sběrném místě v Táboře. Ivo Šindelář, 724 019 553, ivo@sindelarpress.example"
        ),
        "databox": {
            "box": "c9rj2ux",
            "sender": "Ivo Šindelář – Šindelář Press",
            "address": "Husovo nám. 2, 390 01 Tábor",
            "type": 30,
        },
        "attachments": [
            (
                "pdf",
                "prukaz_novinare.pdf",
                [
                    "Syndikát novinářů ČR – novinářský průkaz č. 04712",
                    "Držitel: Ivo Šindelář, platnost do 31. 12. 2027",
                    f"Šindelář Press, IČO {I39}",
                ],
            )
        ],
    },
    {
        "id": "tb040-evolution-pdf-letter-box-id",
        "description": "Evolution mail with a one-line body; PDF letter whose signature block "
        "gives the applicant's data-box ID and IČO as 'IČ 0x xx xx xx'",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Nakladatelství Lípa, spol. s r. o.",
            I40,
            "d4nb6hy",
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Alžběta Nová",
            "nova@nakladatelstvi-lipa.example",
            "+420487834112",
        ),
        "from": "Alžběta Nová <nova@nakladatelstvi-lipa.example>",
        "subject": "Žádost o přístup – Nakladatelství Lípa",
        "headers": EVOLUTION,
        "body": "Dobrý den, zasílám žádost v příloze. A. Nová\n",
        "attachments": [
            (
                "pdf",
                "Lipa_zadost_CSU.pdf",
                [
                    "Český statistický úřad, odbor informačních služeb, Na padesátém 81, Praha 10",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Naše nakladatelství vydává regionální měsíčník Lípa a provozuje web "
                    "lipa.example. Žádáme o přístup z produkčního serveru 192.0.2.90; pro "
                    "testování použijeme adresu 192.0.2.91.",
                    "Kontaktní osobou je Alžběta Nová, nova@nakladatelstvi-lipa.example, "
                    "tel. 487 834 112.",
                    "S pozdravem\nAlžběta Nová, redaktorka\nNakladatelství Lípa, spol. s r. o.\n"
                    f"Mánesova 8, 470 01 Česká Lípa\nIČ {I40[:2]} {I40[2:4]} {I40[4:6]} "
                    f"{I40[6:]} · ID datové schránky: d4nb6hy",
                ],
            )
        ],
    },
    {
        "id": "tb041-databox-annotation-withdraws-recording",
        "description": "data message: the DOCX asks for both, the annotation withdraws the "
        "recording request",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rozhlas Vysočina, s.r.o.",
            I41,
            "k6sw4fd",
            ["203.0.113.170"],
            ["203.0.113.171"],
            "Monika Šulcová",
            "sulcova@rozhlasvysocina.example",
            "+420561203874",
        ),
        "subject": (
            "Žádost o přístup k XML. Žádost o natáčení uvedenou v příloze bereme zpět, "
            "natáčet nebudeme."
        ),
        "databox": {
            "box": "k6sw4fd",
            "sender": "Rozhlas Vysočina, s.r.o.",
            "address": "Masarykovo nám. 40, 586 01 Jihlava",
        },
        "attachments": [
            (
                "docx",
                "zadost_RV.docx",
                {
                    "blocks": [
                        f"Rozhlas Vysočina, s.r.o., IČO {I41}",
                        "Žádáme o přístup k výsledkům voleb ve formátu XML a o povolení "
                        "pořídit zvukový záznam ve sběrném místě v Jihlavě.",
                        {
                            "rows": [
                                ["produkční IP", "203.0.113.170"],
                                ["testovací IP", "203.0.113.171"],
                            ]
                        },
                        "Kontakt: Monika Šulcová, sulcova@rozhlasvysocina.example, 561 203 874",
                    ]
                },
            )
        ],
    },
    {
        "id": "tb042-polish-broadcaster-xlsx",
        "description": "Polish broadcaster, cover in Polish and English, XLSX with English "
        "role headers in the first row, Polish phone, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Śląsk Cieszyn Sp. z o.o.",
            None,
            None,
            ["198.51.100.90", "2001:db8:7a::90"],
            ["198.51.100.91"],
            "Agnieszka Nowicka",
            "a.nowicka@radioslask.example",
            "+48338520417",
        ),
        "from": "Agnieszka Nowicka <a.nowicka@radioslask.example>",
        "subject": "Wniosek / Request: access to election results XML",
        "headers": SEZNAM,
        "body": (
            "Dzień dobry / Hello,\n\nRadio Śląsk Cieszyn Sp. z o.o. would like to access "
            "the XML results of the Czech election for our cross-border news service. "
            "Addresses in the attached spreadsheet. No filming needed.\n\n"
            "Pozdrawiam / Best regards\nAgnieszka Nowicka\n+48 33 852 04 17\n"
            "NIP 548-201-77-13\n"
        ),
        "attachments": [
            (
                "xlsx",
                "radio_slask_ips.xlsx",
                [
                    {
                        "title": "IPs",
                        "rows": [
                            ["Production", "Test"],
                            ["198.51.100.90", "198.51.100.91"],
                            ["2001:db8:7a::90", None],
                        ],
                    }
                ],
            )
        ],
    },
]
